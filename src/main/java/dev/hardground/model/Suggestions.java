package dev.hardground.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" hints: the known words nearest to what the user typed. */
public final class Suggestions {
    private Suggestions() {
    }

    /** Up to {@code limit} candidates, nearest first, that are close enough to {@code typed} to be a typo of it. */
    public static List<String> nearest(String typed, Collection<String> candidates, int limit) {
        String t = typed.toLowerCase(Locale.ROOT);
        // One edit in four characters: "titel" finds "title", but "XX" does not find "JP".
        int tolerance = Math.max(1, (t.length() + 1) / 3);
        return candidates.stream()
                .filter(c -> distance(t, c.toLowerCase(Locale.ROOT)) <= tolerance
                        && distance(t, c.toLowerCase(Locale.ROOT)) < t.length()
                        || c.toLowerCase(Locale.ROOT).contains(t) && t.length() >= 3)
                .sorted(Comparator.comparingInt((String c) -> distance(t, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .distinct()
                .limit(limit)
                .toList();
    }

    /** {@code "; did you mean 'x'?"}, or an empty string when nothing is close. */
    public static String hint(String typed, Collection<String> candidates) {
        List<String> near = nearest(typed, candidates, 1);
        return near.isEmpty() ? "" : "; did you mean '" + near.get(0) + "'?";
    }

    /** Edit distance where swapping two neighbouring characters counts as one edit (optimal string alignment). */
    public static int distance(String a, String b) {
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
            }
            int[] swap = before;
            before = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
