package org.variatlas.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Codes for the distinct texts of a column, numbered in order of first appearance, looked up from
 * the reader's characters without a String per cell. A cell is first compared with the previous
 * cell's text (the rows of a group usually follow each other), then found in an open-addressing
 * table; the characters of all texts live in one array.
 */
final class TextCodes {

  private final List<String> texts = new ArrayList<>();
  private char[] chars = new char[1 << 12];
  private int[] starts = new int[1 << 8]; // code -> start in chars; starts[size] = end
  private int[] slots = new int[1 << 8]; // code + 1, 0 = free
  private int last = -1;

  /** The code of {@code text[from, to)}, a new one when the text is new. */
  int code(char[] text, int from, int to) {
    if (last >= 0 && equal(last, text, from, to)) {
      return last;
    }
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + text[i];
    }
    hash ^= hash >>> 15;
    int mask = slots.length - 1;
    for (int slot = (hash * 0x9E3779B1) >>> 8 & mask; ; slot = (slot + 1) & mask) {
      int code = slots[slot] - 1;
      if (code < 0) {
        last = add(text, from, to);
        slots[slot] = last + 1;
        if (texts.size() * 2 > slots.length) {
          rehash();
        }
        return last;
      }
      if (equal(code, text, from, to)) {
        last = code;
        return code;
      }
    }
  }

  /** Each of this column's codes as the code of the same text in {@code other} (added if new). */
  int[] mappedTo(TextCodes other) {
    int[] codes = new int[texts.size()];
    for (int code = 0; code < codes.length; code++) {
      codes[code] = other.code(chars, starts[code], starts[code + 1]);
    }
    return codes;
  }

  /** The texts by code. */
  List<String> texts() {
    return texts;
  }

  private boolean equal(int code, char[] text, int from, int to) {
    int start = starts[code];
    if (starts[code + 1] - start != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (chars[start++] != text[i]) {
        return false;
      }
    }
    return true;
  }

  private int add(char[] text, int from, int to) {
    int code = texts.size();
    int start = starts[code];
    if (start + (to - from) > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + to - from));
    }
    System.arraycopy(text, from, chars, start, to - from);
    if (code + 2 > starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    starts[code + 1] = start + to - from;
    texts.add(new String(text, from, to - from));
    return code;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int code = 0; code < texts.size(); code++) {
      int hash = 0;
      for (int i = starts[code]; i < starts[code + 1]; i++) {
        hash = 31 * hash + chars[i];
      }
      hash ^= hash >>> 15;
      int slot = (hash * 0x9E3779B1) >>> 8 & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = code + 1;
    }
  }
}
