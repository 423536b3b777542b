/** What the audit packet holds from the store: the certificates of the report's counted entries, and their CSV. */
import type { AuditReport } from '../../../shared/ceu/auditReport';
import { ceuEntriesToCsv } from '../../../shared/ceu/csv';
import type { PacketCertificate } from '../../../shared/audit/packet';
import type { CeuEntry } from '../../../shared/model/entities';
import { db, type CoderPathDb } from './db';

export interface PacketFiles {
  certificates: PacketCertificate[];
  entriesCsv: string;
}

export async function readPacketFiles(report: Pick<AuditReport, 'rows'>, database: CoderPathDb = db): Promise<PacketFiles> {
  const ids = report.rows.map((row) => row.entryId);
  const { entries, files, held } = await database.transaction('r', database.ceuEntries, database.attachments, database.credentials, async () => ({
    entries: (await database.ceuEntries.bulkGet(ids)).filter((entry): entry is CeuEntry => entry !== undefined),
    files: await database.attachments.where('entryId').anyOf(ids).toArray(),
    held: await database.credentials.toArray(),
  }));
  const certificates: PacketCertificate[] = [];
  // In the report's order (by date), each entry's files in the order they were attached.
  for (const row of report.rows) {
    const own = files.filter((file) => file.entryId === row.entryId).sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
    for (const file of own) {
      certificates.push({ completedOn: row.completedOn, title: row.title, fileName: file.fileName, bytes: new Uint8Array(await file.data.arrayBuffer()) });
    }
  }
  return { certificates, entriesCsv: ceuEntriesToCsv(entries, held) };
}
