package org.variatlas.sdk.io;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.List;

/**
 * What this package's FastCSV handlers share: each record's line and cell count, blank lines as
 * empty records, cells trimmed, the header's byte-order mark dropped.
 */
abstract class TrimmedCellsHandler extends CsvCallbackHandler<Boolean> {

  /** The line the current record starts on (plus {@link #lineOffset}). */
  long line;

  /** Lines before the part of a file read (0 for a whole file). */
  long lineOffset;

  /** The cells of the current record so far. */
  int fields;

  /** Whether the current record is a blank line. */
  boolean empty;

  /** One trimmed cell, {@code buf[from, to)}, the current record's cell number {@link #fields}. */
  abstract void cell(char[] buf, int from, int to, boolean quoted);

  /** Adds a header cell, without a byte-order mark before the first. */
  static void addHeaderCell(List<String> header, char[] buf, int from, int to) {
    String cell = new String(buf, from, to - from);
    header.add(header.isEmpty() && cell.startsWith("\uFEFF") ? cell.substring(1) : cell);
  }

  @Override
  protected RecordType getRecordType() {
    return empty ? RecordType.EMPTY : RecordType.DATA;
  }

  @Override
  protected int getFieldCount() {
    return fields;
  }

  @Override
  protected void beginRecord(long startingLineNumber) {
    line = startingLineNumber + lineOffset;
    fields = 0;
    empty = false;
  }

  @Override
  protected void addField(char[] buf, int offset, int length, boolean quoted) {
    int from = offset;
    int to = offset + length;
    while (from < to && buf[from] <= ' ') {
      from++;
    }
    while (to > from && buf[to - 1] <= ' ') {
      to--;
    }
    cell(buf, from, to, quoted);
    fields++;
  }

  @Override
  protected void setComment(char[] buf, int offset, int length) {
    // comments are off: never called
  }

  @Override
  protected void setEmpty() {
    empty = true;
  }
}
