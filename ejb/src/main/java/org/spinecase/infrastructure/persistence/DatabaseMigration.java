package org.spinecase.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date with Flyway when the application is deployed, so that the
 * schema is always the one the code was tested against and nobody runs scripts by hand.
 *
 * <p>Bean-managed transactions because Flyway commits its own work; inside a container transaction
 * the data source refuses that (IJ031017). Hibernate does not generate or validate the schema at
 * startup: the persistence unit starts before this migration, and the mapping is tested against the
 * migrated schema instead.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  @Resource(lookup = "java:jboss/datasources/SpineCaseDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }
}
