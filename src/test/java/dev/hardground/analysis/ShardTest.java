package dev.hardground.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7, 40})
    void shardsArePairwiseDisjointAndTogetherCoverEveryFile(int n, @TempDir Path work) {
        for (int i = 0; i < 23; i++) {
            BatchFixtures.write(work.resolve("d" + i % 4 + "/s" + i + ".yaml"), "id: s" + i);
        }
        List<Path> all = BatchInputs.expand(List.of("."), work).files();
        assertThat(all).hasSize(23);

        List<Path> union = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (int k = 1; k <= n; k++) {
            List<Path> shard = new Shard(k, n).select(BatchInputs.expand(List.of("."), work).files());
            for (Path p : shard) {
                assertThat(seen.add(p)).as("%s is in only one shard", p).isTrue();
            }
            assertThat(shard.size()).isBetween(23 / n, 23 / n + 1);
            union.addAll(shard);
        }
        assertThat(union).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void theSameArgumentsInAnotherOrderGiveTheSameShards(@TempDir Path work) {
        IntStream.range(0, 9).forEach(i -> BatchFixtures.write(work.resolve((i % 2 == 0 ? "a/" : "b/") + i + ".yaml"), "id: x"));

        List<Path> one = Shard.parse("2/3").select(BatchInputs.expand(List.of("a", "b"), work).files());
        List<Path> two = Shard.parse("2/3").select(BatchInputs.expand(List.of("b", "a/../a"), work).files());

        assertThat(two).isEqualTo(one);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3/2", "0/2", "a/b", "1/0", "2", "1/2/3", "-1/2", ""})
    void badSpecsAreRejectedWithAReason(String spec) {
        assertThatThrownBy(() -> Shard.parse(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--shard");
    }

    @Test
    void aGoodSpecParses() {
        assertThat(Shard.parse("3/4")).isEqualTo(new Shard(3, 4));
        assertThat(Shard.parse("1/1")).isEqualTo(Shard.ALL);
    }
}
