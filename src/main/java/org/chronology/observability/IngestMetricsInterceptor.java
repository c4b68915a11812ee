package org.chronology.observability;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Locale;
import org.chronology.article.ingest.IngestOutcome;

/**
 * {@code chronology_ingest_files_total{outcome="new|duplicate|rejected|failed"}}: every file that
 * went through ingest (corpus at start-up, uploads, the import command), counted where it ends.
 */
@IngestMetered
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IngestMetricsInterceptor {

  static final String METER = "chronology.ingest.files";

  private final MeterRegistry registry;

  public IngestMetricsInterceptor(MeterRegistry registry) {
    this.registry = registry;
  }

  @AroundInvoke
  Object count(InvocationContext ctx) throws Exception {
    Object result;
    try {
      result = ctx.proceed();
    } catch (Exception | Error e) {
      registry.counter(METER, "outcome", "failed").increment();
      throw e;
    }
    if (result instanceof IngestOutcome o) {
      registry.counter(METER, "outcome", o.result().name().toLowerCase(Locale.ROOT)).increment();
    }
    return result;
  }
}
