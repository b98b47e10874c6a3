package org.pledgegraph.time;

/** Precision of a calendar date, each with its XSD datatype. */
public enum DateType {
    DATE("http://www.w3.org/2001/XMLSchema#date"),
    YEAR_MONTH("http://www.w3.org/2001/XMLSchema#gYearMonth"),
    YEAR("http://www.w3.org/2001/XMLSchema#gYear");

    private final String datatype;

    DateType(String datatype) {
        this.datatype = datatype;
    }

    public String datatype() {
        return datatype;
    }
}
