package org.pledgegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void resultsComeBackInInputOrderAndFailuresStayWithTheirItem(int threads) {
        List<Integer> items = IntStream.range(0, 50).boxed().toList();
        List<String> seen = new ArrayList<>();
        Parallel.ordered(items, threads, i -> {
            if (i % 7 == 3) {
                throw new IllegalArgumentException("bad " + i);
            }
            return "法国-" + i;
        }, (i, result) -> {
            try {
                seen.add(result.get());
            } catch (IllegalArgumentException e) {
                seen.add(e.getMessage());
            }
        });
        List<String> expected = items.stream().map(i -> i % 7 == 3 ? "bad " + i : "法国-" + i).toList();
        assertEquals(expected, seen);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aFailingSinkStopsTheRun(int threads) {
        List<Integer> items = IntStream.range(0, 20).boxed().toList();
        List<Integer> stored = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> Parallel.ordered(items, threads, i -> i, (i, r) -> {
            if (i == 5) {
                throw new IllegalStateException("store full");
            }
            stored.add(r.get());
        }));
        assertEquals(List.of(0, 1, 2, 3, 4), stored);
    }
}
