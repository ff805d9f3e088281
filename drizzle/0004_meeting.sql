CREATE TABLE `meeting_ballots` (
	`vote_id` text NOT NULL,
	`voter_key` text NOT NULL,
	`voter_name` text NOT NULL,
	`item_id` text NOT NULL,
	`dots` integer NOT NULL,
	PRIMARY KEY(`vote_id`, `voter_key`, `item_id`),
	FOREIGN KEY (`vote_id`) REFERENCES `meeting_votes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `meeting_round_items` (
	`round_id` text NOT NULL,
	`item_id` text NOT NULL,
	`author_key` text NOT NULL,
	`author_name` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `item_id`),
	FOREIGN KEY (`round_id`) REFERENCES `meeting_rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `meeting_rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`revealed` integer DEFAULT false NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_rounds_board` ON `meeting_rounds` (`board_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `meeting_votes` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`status` text NOT NULL,
	`dots_per_person` integer NOT NULL,
	`anonymous` integer NOT NULL,
	`items` text NOT NULL,
	`started_by_name` text NOT NULL,
	`started_at` integer NOT NULL,
	`closed_at` integer,
	`cleared` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_votes_board` ON `meeting_votes` (`board_id`,`started_at`);