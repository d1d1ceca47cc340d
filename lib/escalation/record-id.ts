// The one name an object cannot hold as a key of its own: a record index row under it sets the index's
// prototype instead, so the record is never listed and never reminds.
export const UNINDEXABLE_ID = '__proto__';

// Ids the extension makes (crypto.randomUUID) and any a person would type for one. An id is a record's
// storage key and part of its notifications' ids (joined with commas): an empty one is a record no row
// opens, one with a comma a notification that names no record.
const RECORD_ID = /^[\w-]{1,128}$/;

export const isRecordId = (id: string): boolean => RECORD_ID.test(id) && id !== UNINDEXABLE_ID;
