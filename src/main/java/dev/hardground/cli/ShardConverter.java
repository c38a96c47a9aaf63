package dev.hardground.cli;

import dev.hardground.analysis.Shard;
import picocli.CommandLine;

/** Parses {@code --shard k/n}; a bad spec is a command-line error located at the argument (exit 2). */
final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
    @Override
    public Shard convert(String value) {
        try {
            return Shard.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
