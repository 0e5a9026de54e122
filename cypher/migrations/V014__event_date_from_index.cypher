// Schema step: range index on the first day an event's date covers (timeline and time-window filters).
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE INDEX event_date_from IF NOT EXISTS FOR (e:Event) ON (e.dateFrom)
