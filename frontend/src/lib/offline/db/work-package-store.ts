import type { WorkPackageDto } from '@ntm/shared';
import { apiRequest } from '../../api-client';
import { type OfflineDb, writeMeta } from './offline-db';

/** Replaces the stored work package as a whole (assignments closed since are dropped); forms are untouched. */
export async function storeWorkPackage(db: OfflineDb, pkg: WorkPackageDto): Promise<void> {
  const tables = [db.assignments, db.campaigns, db.formVersions, db.villages, db.households, db.meta];
  await db.transaction('rw', tables, async () => {
    await Promise.all([db.assignments.clear(), db.campaigns.clear(), db.formVersions.clear(), db.villages.clear(), db.households.clear()]);
    await Promise.all([
      db.assignments.bulkPut(pkg.assignments),
      db.campaigns.bulkPut(pkg.campaigns),
      db.formVersions.bulkPut(pkg.formVersions),
      db.villages.bulkPut(pkg.villages),
      db.households.bulkPut(pkg.households.map((household) => ({ ...household, villageCode: household.village.code }))),
      writeMeta(db, 'workPackageAt', pkg.generatedAt),
    ]);
  });
}

/** "Tải việc của tôi": fetches the package while online and keeps it on the device. */
export async function downloadWorkPackage(db: OfflineDb): Promise<WorkPackageDto> {
  const pkg = await apiRequest<WorkPackageDto>('/me/work-package');
  await storeWorkPackage(db, pkg);
  // Ask the browser not to evict the device's data under storage pressure.
  await navigator.storage?.persist?.().catch(() => false);
  return pkg;
}
