package org.chronology.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.Engine;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.jboss.logging.Logger;

/**
 * Builds Qute's engine — which parses every template and message bundle as it is made — on a thread
 * of its own while Hibernate builds its session factory, instead of on the main thread after it.
 *
 * <p>Quarkus' start runs on the main thread, one step after another; at the persistence unit's step
 * the main thread only waits (seconds on a loaded machine) for Hibernate's "JPA Startup Thread",
 * and Qute's engine is made later, by Quarkus' own start-up observer, the main thread's largest
 * piece of work after it (docs/benchmarks.md, "Start-up to the first answer"). Hibernate calls its
 * integrators while it builds the session factory: the first moment of the start where application
 * code runs with the runtime configuration in place (the engine reads it). This integrator
 * integrates nothing: it only asks CDI for the engine from a new thread. The start-up observer then
 * gets the same engine (CDI makes a singleton once; a second caller waits for it), or, should the
 * early build have failed, builds it as it always did and fails the start the same way. Nothing
 * else changes: the same engine, the same templates, parsed once.
 *
 * <p>Listed in {@code META-INF/services/org.hibernate.integrator.spi.Integrator}, which Quarkus
 * reads when it builds the application.
 */
public class TemplatesWhileHibernateStarts implements Integrator {

  private static final Logger LOG = Logger.getLogger(TemplatesWhileHibernateStarts.class);

  /** The thread's name (tests read it). */
  public static final String THREAD = "qute-engine-early";

  private final AtomicBoolean begun = new AtomicBoolean();

  @Override
  public void integrate(
      Metadata metadata, BootstrapContext bootstrap, SessionFactoryImplementor sessionFactory) {
    ArcContainer container = Arc.container();
    if (container == null || !container.isRunning() || !begun.compareAndSet(false, true)) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              try {
                // The bean is a client proxy: its first call makes the engine (and parses).
                container.instance(Engine.class).get().isTemplateLoaded("main");
              } catch (RuntimeException e) {
                // The start-up observer builds it again on the main thread and reports the cause.
                LOG.debugf(e, "Qute's engine not built early: %s", e);
              }
            },
            THREAD);
    t.setDaemon(true);
    t.start();
  }
}
