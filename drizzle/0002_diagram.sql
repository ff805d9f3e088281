CREATE TABLE `diagram_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`state` blob NOT NULL,
	`up_to_update_id` integer NOT NULL,
	`reason` text NOT NULL,
	`label` text,
	`author_names` text DEFAULT '[]' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `diagram_snapshots_board` ON `diagram_snapshots` (`board_id`,`up_to_update_id`);--> statement-breakpoint
CREATE TABLE `diagram_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`board_id` text NOT NULL,
	`update` blob NOT NULL,
	`author_id` text,
	`author_name` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `diagram_updates_board` ON `diagram_updates` (`board_id`,`id`);