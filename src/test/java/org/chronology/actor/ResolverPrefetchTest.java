package org.chronology.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chronology.event.ManyEvents;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.hibernate.Hibernate;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A bulk merge looks up a batch's actor names ahead ({@link ActorService.Resolver#prefetch}): the
 * answers are those of the one-by-one look-up (by alias, lowest id first; by exact name; a new
 * actor found again by one of its aliases), and the prefetched names cost no further statement.
 */
@QuarkusTest
class ResolverPrefetchTest {

  @Inject ActorService actors;

  private static ActorMention mention(String name, ActorKind kind, String country, String... al) {
    return new ActorMention(
        new ActorIdentity(name, null, kind, null, country, List.of(al)), null, null);
  }

  private static Actor stored(String kind, String name, String... aliases) {
    Actor a = new Actor();
    a.kind = kind;
    a.name = name;
    a.origin = "editor";
    for (String alias : aliases) {
      a.aliases.add(ActorAlias.of(a, alias));
    }
    a.persist();
    return a;
  }

  /**
   * What the mentions resolve to in a transaction that is rolled back afterwards, then the
   * statements the first four look-ups cost, whether their actors came with their aliases, and
   * whether the new actor was found again by its alias.
   */
  private List<String> resolveAll(List<ActorMention> ms, boolean prefetch, Statistics stats) {
    List<String> out = new ArrayList<>();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                ActorService.Resolver r = actors.resolver();
                if (prefetch) {
                  r.prefetch(ms);
                }
                long before = stats.getPrepareStatementCount();
                Function<Actor, String> id =
                    a -> a.origin.equals("extractor") ? "new " + a.name : "stored " + a.id;
                boolean aliases = true;
                for (ActorMention m : ms.subList(0, 4)) {
                  Actor a = r.resolve(m);
                  out.add(id.apply(a));
                  aliases &= Hibernate.isInitialized(a.aliases);
                }
                long statements = stats.getPrepareStatementCount() - before;
                for (ActorMention m : ms.subList(4, ms.size())) {
                  Actor a = r.resolve(m);
                  out.add(id.apply(a) + (a.country == null ? "" : " in " + a.country.id));
                }
                out.add("statements " + statements);
                out.add("aliases " + aliases);
                out.add("same " + (r.resolve(ms.get(4)) == r.resolve(ms.get(5))));
                QuarkusTransaction.setRollbackOnly();
              });
    } catch (QuarkusTransactionException rolledBack) {
      // As asked: nothing of the look-ups stays.
    }
    return out;
  }

  @Test
  void prefetchedLookUpsAnswerAsOneByOne() {
    String s = " " + System.nanoTime();
    long[] ids =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  Actor low = stored("person", "زيد عمرو" + s, "أبو زيد" + s);
                  Actor high = stored("person", "زيد آخر" + s, "أبو زيد" + s);
                  Actor org = stored("organization", "هيئة" + s, "أبو زيد" + s);
                  Actor bare = stored("person", "عمرو بلا اسم آخر" + s);
                  Actor country = stored("country", "بلاد" + s, "بلاد" + s);
                  return new long[] {low.id, high.id, org.id, bare.id, country.id};
                });
    Statistics stats = ManyEvents.statistics();
    List<ActorMention> ms =
        List.of(
            mention("ابو زيد" + s, ActorKind.PERSON, null),
            mention("أبو زيد" + s, ActorKind.ORGANIZATION, null),
            mention("عمرو بلا اسم آخر" + s, ActorKind.PERSON, null),
            mention("زيد آخر" + s, ActorKind.PERSON, null),
            mention("جديد" + s, ActorKind.PERSON, "بلاد" + s, "الجديد الآخر" + s),
            mention("الجديد الآخر" + s, ActorKind.PERSON, null));
    List<String> one = resolveAll(ms, false, stats);
    List<String> ahead = resolveAll(ms, true, stats);
    assertEquals(one.subList(0, 6), ahead.subList(0, 6));
    assertEquals("statements 0", ahead.get(6), "prefetched names cost no statement");
    assertEquals("aliases true", ahead.get(7), "prefetched actors come with their aliases");
    assertEquals("same true", ahead.get(8), "a new actor is found again by its alias");
    assertEquals("same true", one.get(8));
    assertEquals("stored " + ids[0], ahead.get(0), "the lowest id of an alias");
    assertEquals("stored " + ids[2], ahead.get(1), "the alias of the mention's kind");
    assertEquals("stored " + ids[3], ahead.get(2), "by exact name");
    assertEquals("stored " + ids[1], ahead.get(3));
    assertEquals("new جديد" + s + " in " + ids[4], ahead.get(4));
    assertEquals(ahead.get(4), ahead.get(5), "found again by its alias");
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ActorAlias.delete("alias like ?1", "%" + s);
              Actor.delete("name like ?1", "%" + s);
            });
  }
}
