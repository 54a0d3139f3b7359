import GRDB

/// The store's schema, as named migrations applied in order.
///
/// Append-only: a migration that has shipped is never edited; a change is a new migration
/// (`v2`, …) added at the end. Written in GRDB's table DSL, never in terms of `Article`, so an
/// old migration keeps meaning the same thing when the model changes.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "source_state") { t in
                t.primaryKey("source_id", .text).check { length($0) > 0 }
                t.column("current_url", .text)
                t.column("etag", .text)
                t.column("last_modified", .text)
                t.column("last_success", .datetime)
                t.column("last_attempt", .datetime)
                t.column("consecutive_errors", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
                t.column("last_error", .text)
                t.column("next_due", .datetime)
                t.column("disabled_reason", .text)
            }
            try db.create(table: "article") { t in
                t.primaryKey("id", .text).check { length($0) > 0 }
                t.column("source_id", .text).notNull().indexed()
                    .references("source_state", column: "source_id", onDelete: .cascade)
                t.column("outlet", .text).notNull()  // JSON
                t.column("url", .text)
                t.column("canonical_url", .text).indexed()
                t.column("title", .text).notNull()
                t.column("summary", .text)
                t.column("content_html", .text)
                t.column("authors", .text).notNull().defaults(to: "[]")  // JSON
                t.column("published", .datetime)
                t.column("updated", .datetime)
                // published ?? updated ?? first_seen: what lists sort and retention ages by.
                t.column("sort_date", .datetime).notNull().indexed()
                t.column("categories", .text).notNull().defaults(to: "[]")  // JSON
                t.column("language", .text)
                t.column("image", .text)  // JSON
                t.column("enclosures", .text).notNull().defaults(to: "[]")  // JSON
                t.column("related", .text).notNull().defaults(to: "[]")  // JSON
                t.column("comments", .text)
                t.column("rights", .text)
                t.column("first_seen", .datetime).notNull()
                t.column("last_changed", .datetime).notNull()
                t.column("content_hash", .text).notNull()
            }
        }
        return migrator
    }
}
