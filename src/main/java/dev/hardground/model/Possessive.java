package dev.hardground.model;

import java.util.Locale;

/**
 * "Japan's opposition", but "the opposition of the United States": the one place a reason puts a name in the
 * possessive. A name ending in s takes "the THING of NAME" rather than "NAME's THING" ("United States's" reads as
 * a typo, "United States'" as a plural), and such a name is given "the" when it reads as a plural of several words
 * or ends in -es or -nds (the United States, the Philippines, the Netherlands) unless it starts with one already;
 * one word like Cyprus or Hamas stays bare.
 */
public final class Possessive {

    private Possessive() {
    }

    /** The thing belonging to the owner, in words: {@code of("Japan", "public")} is "Japan's public". */
    public static String of(String owner, String thing) {
        String name = owner == null ? "" : owner.strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith("s")) {
            return name + "'s " + thing;
        }
        return "the " + thing + " of " + withArticle(name);
    }

    private static String withArticle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ")) {
            return name;
        }
        boolean plural = name.contains(" ") || lower.endsWith("es") || lower.endsWith("nds");
        return plural ? "the " + name : name;
    }
}
