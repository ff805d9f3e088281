CREATE TABLE `region_template_progress` (
	`region_id` text NOT NULL,
	`template_id` text NOT NULL,
	`agreed_at` integer NOT NULL,
	`agreed_by_id` text,
	`agreed_by_name` text,
	PRIMARY KEY(`region_id`, `template_id`),
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE cascade
);
