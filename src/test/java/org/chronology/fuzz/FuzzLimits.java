package org.chronology.fuzz;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * The fuzz profile's knobs. {@code -Dfuzz.tries=N} runs every fuzz property N times (the default,
 * in {@code ./mvnw verify}, is each property's own short count); every try is time-boxed ({@code
 * -Dfuzz.try-timeout-seconds}, default 20): a try that does not end in time fails the property as a
 * hang, whatever the machine's speed, instead of blocking the build.
 */
public class FuzzLimits implements AroundPropertyHook, AroundTryHook {

  private static final ExecutorService RUNNER =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fuzz-try");
            t.setDaemon(true);
            return t;
          });

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) throws Throwable {
    String tries = System.getProperty("fuzz.tries");
    if (tries != null && !tries.isBlank()) {
      context.attributes().setTries(Integer.parseInt(tries.strip()));
    }
    return property.execute();
  }

  @Override
  public TryExecutionResult aroundTry(
      TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) throws Throwable {
    long seconds = Long.getLong("fuzz.try-timeout-seconds", 20);
    Future<TryExecutionResult> f = RUNNER.submit(() -> aTry.execute(parameters));
    try {
      return f.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return TryExecutionResult.falsified(
          new AssertionError("did not finish within " + seconds + " s (a hang?) on " + parameters));
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  @Override
  public int aroundTryProximity() {
    return -100; // outermost: the time box covers everything the try does
  }
}
