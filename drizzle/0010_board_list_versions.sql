CREATE TABLE `board_list_versions` (
	`region_id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
