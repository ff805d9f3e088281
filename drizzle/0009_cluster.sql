CREATE TABLE `cluster_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`process_id` text NOT NULL,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cluster_events_created` ON `cluster_events` (`created_at`);--> statement-breakpoint
CREATE TABLE `cluster_processes` (
	`id` text PRIMARY KEY NOT NULL,
	`started_at` integer NOT NULL,
	`seen_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `room_claims` (
	`kind` text NOT NULL,
	`board_id` text NOT NULL,
	`process_id` text NOT NULL,
	`claimed_at` integer NOT NULL,
	PRIMARY KEY(`kind`, `board_id`)
);
