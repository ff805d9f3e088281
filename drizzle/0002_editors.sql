CREATE TABLE `canvas_assets` (
	`board_id` text NOT NULL,
	`id` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`data` blob NOT NULL,
	`created_at` integer NOT NULL,
	`created_by_id` text,
	`created_by_name` text,
	PRIMARY KEY(`board_id`, `id`),
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `canvas_changes` (
	`board_id` text NOT NULL,
	`clock` integer NOT NULL,
	`created_at` integer NOT NULL,
	`actor_id` text,
	`actor_name` text,
	`diff` text NOT NULL,
	`schema` text,
	PRIMARY KEY(`board_id`, `clock`),
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `canvas_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`clock` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text,
	`created_at` integer NOT NULL,
	`created_by_id` text,
	`created_by_name` text,
	`authors` text NOT NULL,
	`shape_count` integer NOT NULL,
	`snapshot` text NOT NULL,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `canvas_snapshots_board_clock` ON `canvas_snapshots` (`board_id`,`clock`);--> statement-breakpoint
CREATE INDEX `canvas_snapshots_board_created` ON `canvas_snapshots` (`board_id`,`created_at`);--> statement-breakpoint
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