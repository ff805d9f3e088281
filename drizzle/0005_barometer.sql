CREATE TABLE `barometer_answers` (
	`round_id` text NOT NULL,
	`user_id` text NOT NULL,
	`principle` integer NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`answered_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `user_id`, `principle`),
	FOREIGN KEY (`round_id`) REFERENCES `barometer_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `barometer_rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text NOT NULL,
	`title` text NOT NULL,
	`closes_on` text NOT NULL,
	`opened_at` integer NOT NULL,
	`closed_at` integer,
	`opened_by_id` text,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `barometer_rounds_region` ON `barometer_rounds` (`region_id`,`opened_at`);