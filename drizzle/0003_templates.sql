CREATE TABLE `region_template_assets` (
	`template_id` text NOT NULL,
	`id` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`data` blob NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`template_id`, `id`),
	FOREIGN KEY (`template_id`) REFERENCES `region_templates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `region_template_progress` (
	`region_id` text NOT NULL,
	`template_id` text NOT NULL,
	`agreed_at` integer NOT NULL,
	`agreed_by_id` text,
	`agreed_by_name` text,
	PRIMARY KEY(`region_id`, `template_id`),
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `region_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`template_id` text,
	`source_board_id` text NOT NULL,
	`content` text NOT NULL,
	`preview_summary` text NOT NULL,
	`preview_svg` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by_id` text,
	`created_by_name` text,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `region_templates_region` ON `region_templates` (`region_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `boards` ADD `example` integer DEFAULT false NOT NULL;