package org.pledgegraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Query;

/**
 * Picks the format of a saved query's answer: {@code format=json|csv|tsv} if given, else the
 * Accept header's most preferred type among SPARQL results JSON, CSV and TSV, else JSON.
 */
final class ResultNegotiation {
    private static final Map<String, ResultFormat> BY_TYPE = Map.of(
            "application/sparql-results+json", ResultFormat.json,
            "application/json", ResultFormat.json,
            "text/csv", ResultFormat.csv,
            "text/tab-separated-values", ResultFormat.tsv);

    private ResultNegotiation() {
    }

    /** The format, or empty if {@code format} names none of json, csv, tsv. */
    static Optional<ResultFormat> choose(String format, String accept) {
        if (format != null && !format.isEmpty()) {
            switch (format.toLowerCase(Locale.ROOT)) {
                case "json": return Optional.of(ResultFormat.json);
                case "csv": return Optional.of(ResultFormat.csv);
                case "tsv": return Optional.of(ResultFormat.tsv);
                default: return Optional.empty();
            }
        }
        return Optional.of(fromAccept(accept));
    }

    private record Choice(ResultFormat format, double q, int order) {
    }

    private static ResultFormat fromAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return ResultFormat.json;
        }
        List<Choice> choices = new ArrayList<>();
        String[] ranges = accept.split(",");
        for (int i = 0; i < ranges.length; i++) {
            String[] parts = ranges[i].split(";");
            ResultFormat f = BY_TYPE.get(parts[0].strip().toLowerCase(Locale.ROOT));
            double q = quality(parts);
            if (f != null && q > 0) {
                choices.add(new Choice(f, q, i));
            }
        }
        return choices.stream()
                .min(Comparator.comparingDouble((Choice c) -> -c.q()).thenComparingInt(Choice::order))
                .map(Choice::format).orElse(ResultFormat.json);
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** The Content-Type of an answer in {@code format} to {@code query}. */
    static String contentType(ResultFormat format, Query query) {
        if (query.isAskType()) {
            return "text/plain; charset=utf-8";
        }
        if (!query.isSelectType()) {
            return "text/turtle; charset=utf-8";
        }
        switch (format) {
            case csv: return "text/csv; charset=utf-8";
            case tsv: return "text/tab-separated-values; charset=utf-8";
            case json: return "application/sparql-results+json; charset=utf-8";
            default: return "text/plain; charset=utf-8";
        }
    }
}
