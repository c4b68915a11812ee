-- Why a file was refused, as a code and its numbers (article.RejectionReason) beside the English
-- sentence: the pages translate the code, so a reworded sentence can never change what they show.
-- Rows from before keep only their sentence, which the pages show as it is.
alter table ingest_rejection
    add column reason_code    text,
    add column reason_numbers bigint[],
    add constraint ingest_rejection_reason_code_check check (reason_code in (
        'empty', 'encoding', 'invalidUtf8', 'bom', 'binary', 'binaryNul', 'blank', 'tooLarge'));
