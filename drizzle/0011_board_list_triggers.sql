-- Every write to a region's boards moves the region's board list version (see
-- server/db/schema/board-list-versions.ts), in the writing transaction, whoever writes.
CREATE TRIGGER `boards_inserted_list_version` AFTER INSERT ON `boards` BEGIN
	INSERT INTO `board_list_versions` (`region_id`, `version`) VALUES (NEW.`region_id`, 1)
	ON CONFLICT (`region_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `boards_updated_list_version` AFTER UPDATE ON `boards` BEGIN
	INSERT INTO `board_list_versions` (`region_id`, `version`) VALUES (NEW.`region_id`, 1)
	ON CONFLICT (`region_id`) DO UPDATE SET `version` = `version` + 1;
	INSERT INTO `board_list_versions` (`region_id`, `version`) SELECT OLD.`region_id`, 1 WHERE OLD.`region_id` <> NEW.`region_id`
	ON CONFLICT (`region_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `boards_deleted_list_version` AFTER DELETE ON `boards` BEGIN
	INSERT INTO `board_list_versions` (`region_id`, `version`) VALUES (OLD.`region_id`, 1)
	ON CONFLICT (`region_id`) DO UPDATE SET `version` = `version` + 1;
END;
