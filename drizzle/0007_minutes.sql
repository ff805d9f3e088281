CREATE TABLE `meeting_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`participant_key` text NOT NULL,
	`name` text NOT NULL,
	`joined_at` integer NOT NULL,
	`left_at` integer,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_attendance_board` ON `meeting_attendance` (`board_id`,`joined_at`);--> statement-breakpoint
CREATE TABLE `meeting_minutes` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer NOT NULL,
	`language` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by_id` text,
	`created_by_name` text,
	`docx` blob NOT NULL,
	`pdf` blob NOT NULL,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_minutes_board` ON `meeting_minutes` (`board_id`,`created_at`);