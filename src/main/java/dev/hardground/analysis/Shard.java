package dev.hardground.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The k-th of n slices of a batch ({@code --shard k/n}, 1-based). Files are sorted by their normalized path
 * and dealt round-robin, so n jobs given the same paths cover every file exactly once, with sizes differing
 * by at most one.
 */
public record Shard(int index, int count) {
    /** The whole batch. */
    public static final Shard ALL = new Shard(1, 1);
    private static final Pattern SPEC = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist");
        }
    }

    /** Parses {@code k/n}; the message of the exception says what is wrong. */
    public static Shard parse(String spec) {
        Matcher m = SPEC.matcher(spec.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--shard expects k/n with whole numbers, e.g. 1/4, not '" + spec + "'");
        }
        int k = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        if (n < 1) {
            throw new IllegalArgumentException("--shard " + spec + ": n must be at least 1");
        }
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("--shard " + spec + ": k must be between 1 and " + n);
        }
        return new Shard(k, n);
    }

    /** This shard's files out of {@code sorted}, which every shard must see in the same order. */
    public <T> List<T> select(List<T> sorted) {
        List<T> mine = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i % count == index - 1) {
                mine.add(sorted.get(i));
            }
        }
        return mine;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
