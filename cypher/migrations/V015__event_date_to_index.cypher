// Schema step: range index on the last day an event's date covers (time-window filters).
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE INDEX event_date_to IF NOT EXISTS FOR (e:Event) ON (e.dateTo)
