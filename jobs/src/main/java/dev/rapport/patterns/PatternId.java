package dev.rapport.patterns;

import java.util.Locale;

/** The nine patterns of {@code shared/design/patterns.md}; {@link #id()} is the stable id used in every output. */
public enum PatternId {
  NEED_ONLY_CONTACT,
  NO_FOLLOW_UP,
  ASK_AFTER_HELP,
  COLD_ASK,
  GENERIC_OUTREACH,
  SELF_PROMOTION,
  STATUS_CHASING,
  NEGLECTED_NETWORK,
  SLOW_REPLY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PatternId fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
