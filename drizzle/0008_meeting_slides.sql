CREATE TABLE `meeting_slides` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`slide_id` text NOT NULL,
	`title` text NOT NULL,
	`shown_by_name` text NOT NULL,
	`shown_at` integer NOT NULL,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_slides_board` ON `meeting_slides` (`board_id`,`shown_at`);