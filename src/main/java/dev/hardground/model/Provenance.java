package dev.hardground.model;

/**
 * Where an imported scenario came from: a dataset's name and release and the row's own identifier there,
 * as in {@code source: { dataset: ucdp-pad-22.1, id: 123 }}.
 */
public record Provenance(String dataset, String id) {
}
