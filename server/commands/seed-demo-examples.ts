import { eq } from 'drizzle-orm';
import { templateIds } from '../../shared/templates/index';
import type { Database } from '../db/client';
import { instanceSettings, regions } from '../db/schema/index';
import { municipalitiesOf } from '../queries/municipalities-of';
import { contentFromBuiltInTemplate } from './content-from-template';
import { prepareBoard } from './create-board';
import { demoRegionKey } from './seed-demo-region';

const examplesSeededKey = 'demo_examples_seeded';

/**
 * Gives the demo region one example board per worksheet of the guide, once per database: built in
 * the region's language with its member municipalities (Lister's six on a fresh install), marked as
 * examples. A marker row written in the same batch means a restart never adds them again, even after
 * they were archived or deleted; an install whose demo region is gone gets none.
 * @returns how many example boards were made now
 */
export async function seedDemoExamples(db: Database): Promise<number> {
  const seeded = await db.query.instanceSettings.findFirst({ where: eq(instanceSettings.key, examplesSeededKey) });
  if (seeded) return 0;
  const marker = db.insert(instanceSettings).values({ key: examplesSeededKey, value: new Date().toISOString() }).onConflictDoNothing();
  const demo = await db.query.instanceSettings.findFirst({ where: eq(instanceSettings.key, demoRegionKey) });
  const region = demo ? await db.query.regions.findFirst({ where: eq(regions.id, demo.value) }) : undefined;
  if (!region) {
    await marker;
    return 0;
  }
  const municipalities = await municipalitiesOf(db, region.id);
  const now = new Date();
  const boards = templateIds.map((templateId, index) => {
    const template = contentFromBuiltInTemplate(templateId, null, { language: region.language, municipalities });
    // A millisecond apart, the first worksheet newest: the board list (newest first) reads in the guide's order.
    const at = new Date(now.getTime() - index);
    return prepareBoard(
      db,
      { regionId: region.id, title: template.title, kind: template.kind, templateId, content: template.content, by: null, example: true },
      at,
    );
  });
  await db.batch([marker, ...boards.flatMap((board) => board.statements)]);
  return boards.length;
}
