CREATE TABLE `board_decisions` (
	`board_id` text NOT NULL,
	`item_id` text NOT NULL,
	`item_label` text NOT NULL,
	`text` text NOT NULL,
	`decided_on` text NOT NULL,
	`agreed_by` text NOT NULL,
	`marked_at` integer NOT NULL,
	`marked_by_id` text,
	`marked_by_name` text,
	PRIMARY KEY(`board_id`, `item_id`),
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `board_decisions_decided` ON `board_decisions` (`board_id`,`decided_on`);