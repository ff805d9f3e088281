CREATE TABLE `boards` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`template_id` text,
	`created_at` integer NOT NULL,
	`created_by_id` text,
	`created_by_name` text,
	`updated_at` integer NOT NULL,
	`updated_by_id` text,
	`updated_by_name` text,
	`archived_at` integer,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `boards_region_updated` ON `boards` (`region_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `instance_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `municipalities` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text NOT NULL,
	`name` text NOT NULL,
	`kommunenummer` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `municipalities_region_number` ON `municipalities` (`region_id`,`kommunenummer`);--> statement-breakpoint
CREATE TABLE `regions` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`language` text DEFAULT 'nb' NOT NULL,
	`created_at` integer NOT NULL
);
