package org.variatlas.sdk.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The distinct texts of one column: an open-addressing hash table over their characters. */
final class CsvDictionary {
  private final List<String> texts = new ArrayList<>();
  private final List<char[]> chars = new ArrayList<>();
  private int[] slots = new int[1 << 10]; // code + 1, 0 = free
  private int emptyCode = -1;

  List<String> texts() {
    return texts;
  }

  int size() {
    return texts.size();
  }

  char[] chars(int code) {
    return chars.get(code);
  }

  boolean isEmpty(int code) {
    return code == emptyCode;
  }

  int code(char[] buf, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + buf[i];
    }
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        return add(buf, offset, length, slot);
      }
      char[] known = chars.get(entry - 1);
      if (known.length == length && Arrays.equals(known, 0, length, buf, offset, offset + length)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  int add(char[] buf, int offset, int length, int slot) {
    int code = texts.size();
    char[] copy = Arrays.copyOfRange(buf, offset, offset + length);
    chars.add(copy);
    texts.add(new String(copy));
    slots[slot] = code + 1;
    if (length == 0) {
      emptyCode = code;
    }
    if (texts.size() * 2 > slots.length) {
      rehash();
    }
    return code;
  }

  void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int code = 0; code < chars.size(); code++) {
      char[] c = chars.get(code);
      int hash = 0;
      for (char ch : c) {
        hash = 31 * hash + ch;
      }
      int slot = mix(hash) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = code + 1;
    }
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }
}
