/**
 * Instruments: finds the treaties, conventions, agreements, plans, resolutions … a document
 * refers to (《》 titles, quoted titles, named documents in running text, aliases the text
 * defines, anaphors such as 《公约》 and 该条约) and links every name of one instrument to one
 * {@link org.pledgegraph.instrument.Instrument} across the documents of a file
 * ({@link org.pledgegraph.instrument.InstrumentCatalog}, shared and immutable; what a file teaches
 * stays in its {@link org.pledgegraph.instrument.FileScope}). Keys derive from titles, so one
 * instrument is one node across files. Its rules are data: heads.tsv (head
 * nouns and types), anaphora.tsv, numbered.tsv, events.tsv, parties.tsv and the gazetteer of
 * well-known instruments, gazetteer.tsv.
 */
package org.pledgegraph.instrument;
