package dev.rapport.job;

import dev.rapport.identity.OwnerInference.AddressUse;
import dev.rapport.ingest.IngestRecord;
import dev.rapport.ingest.MailMessage;
import dev.rapport.ingest.Party;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * What owner inference reads of each person's mail: per address, how many kept, non-bulk messages name it (as sender
 * or recipient), the display name most often given with it, and how many messages from it lie in a sent folder.
 * Partial counts are merged with one {@code reduceByKey}; only each person's {@value #TOP} most used addresses reach
 * the driver.
 *
 * <pre>{@code
 * Map<String, List<AddressUse>> uses = AddressUses.of(decided, 8);   // person → most used addresses first
 * }</pre>
 */
final class AddressUses {
  /** Addresses per person handed to owner inference. */
  static final int TOP = 200;

  private AddressUses() {}

  /**
   * @param decided    the dedupe stage's records; only kept ({@code PARSED}) messages are read
   * @param partitions of the shuffles (the run's SQL shuffle partitions)
   */
  static Map<String, List<AddressUse>> of(JavaRDD<IngestRecord> decided, int partitions) {
    Map<String, List<AddressUse>> out = new HashMap<>();
    decided.filter(r -> r.outcome() == IngestRecord.Outcome.PARSED && r.message() != null
            && r.message().bulkReason() == null)
        .flatMapToPair(r -> uses(r.message()).iterator())
        .reduceByKey(Tally::plus, partitions)
        .mapToPair(x -> new Tuple2<>(x._1()._1(), x._2().use(x._1()._2())))
        .groupByKey(partitions)
        .mapValues(AddressUses::top)
        .collectAsMap()
        .forEach((person, uses) -> out.put(person, new ArrayList<>(uses)));
    return out;
  }

  /** One message's parties, each distinct (address and name) party once, as (person, address) → tally. */
  static List<Tuple2<Tuple2<String, String>, Tally>> uses(MailMessage m) {
    Set<Party> parties = new LinkedHashSet<>();
    if (m.from() != null) {
      parties.add(m.from());
    }
    parties.addAll(m.to());
    parties.addAll(m.cc());
    List<Tuple2<Tuple2<String, String>, Tally>> out = new ArrayList<>();
    for (Party p : parties) {
      if (p.key() != null && p.key().contains("@")) {
        Map<String, Long> names = new HashMap<>();
        if (p.name() != null && !p.name().isEmpty()) {
          names.put(p.name(), 1L);
        }
        out.add(new Tuple2<>(new Tuple2<>(m.person(), p.key()), new Tally(1, names, 0)));
      }
    }
    if (m.from() != null && m.from().key() != null && m.from().key().contains("@")
        && Dedupe.inSentFolder(m)) {
      out.add(new Tuple2<>(new Tuple2<>(m.person(), m.from().key()), new Tally(0, Map.of(), 1)));
    }
    return out;
  }

  /** The {@link #TOP} most used, most used first, ties by address. */
  private static List<AddressUse> top(Iterable<AddressUse> uses) {
    List<AddressUse> all = new ArrayList<>();
    uses.forEach(all::add);
    all.sort(Comparator.comparingLong(AddressUse::messages).reversed().thenComparing(AddressUse::address));
    return new ArrayList<>(all.subList(0, Math.min(TOP, all.size())));
  }

  /**
   * Partial counts for one address: messages naming it, how often each display name came with it, messages from it
   * in a sent folder.
   */
  record Tally(long messages, Map<String, Long> names, long sentFolder) implements Serializable {
    Tally plus(Tally o) {
      Map<String, Long> merged = new HashMap<>(names);
      o.names.forEach((k, v) -> merged.merge(k, v, Long::sum));
      return new Tally(messages + o.messages, merged, sentFolder + o.sentFolder);
    }

    /** The name given most often (ties: the first in string order); "" when none was given. */
    AddressUse use(String address) {
      String name = names.entrySet().stream()
          .max(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue())
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .map(Map.Entry::getKey).orElse("");
      return new AddressUse(address, messages, name, sentFolder);
    }
  }
}
