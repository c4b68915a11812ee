package org.chronology.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity whose id the database assigns from an identity column (Flyway's {@code bigserial} /
 * {@code generated … as identity}), unlike Panache's {@code PanacheEntity}, which draws ids from a
 * sequence per entity.
 */
@MappedSuperclass
public abstract class IdentityEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;
}
