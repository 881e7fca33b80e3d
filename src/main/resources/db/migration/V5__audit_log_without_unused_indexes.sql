-- The audit log's two secondary indexes served no query: entries are read in order of seq (verify), or for one
-- report by its key or by a mention of it in the detail (audit --report), which scans the table whichever
-- index there is. Every index on a random key costs a page write per row at each commit (see V1).
DROP INDEX audit_report;
DROP INDEX audit_entity;
