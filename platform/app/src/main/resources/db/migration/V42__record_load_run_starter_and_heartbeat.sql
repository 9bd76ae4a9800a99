-- Who started a load run, which app instance runs it, and that instance's last sign of life: a run
-- left RUNNING by an instance that died is recognised by its stale heartbeat, not by another
-- instance's start. QUEUED: accepted (e.g. over HTTP, answered 202 with its id), not yet begun.
alter table load_run add column started_by varchar(128);
alter table load_run add column instance_id varchar(64);
alter table load_run add column heartbeat_at timestamp with time zone;
alter table load_run drop constraint if exists load_run_status_check;
alter table load_run add constraint load_run_status_check
    check (status in ('QUEUED', 'RUNNING', 'APPLIED', 'FAILED'));
