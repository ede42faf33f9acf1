package dev.rapport.generate;

import java.util.List;

/**
 * A thread of messages in one channel, in date order: the unit the generator streams to the archive writers.
 *
 * @param threadNumber a positive 64-bit id; Gmail's X-GM-THRID and LinkedIn's conversation id derive from it
 */
record Conversation(Channel channel, long threadNumber, String subject, List<Mail> mails) {
  enum Channel { EMAIL, LINKEDIN }

  Conversation {
    mails = List.copyOf(mails);
    if (mails.isEmpty()) {
      throw new IllegalArgumentException("a conversation needs at least one message: " + subject);
    }
    for (int i = 1; i < mails.size(); i++) {
      if (mails.get(i).date().isBefore(mails.get(i - 1).date())) {
        throw new IllegalArgumentException("messages out of date order in '" + subject + "' at " + mails.get(i).date());
      }
    }
  }
}
