package rules

import "encoding/json"

// The enumerations marshal to JSON as their names, so that roo's JSON
// output reads without a table of numbers. Consumers must accept names
// added later.

// MarshalJSON writes the status name.
func (s Status) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// MarshalJSON writes the branch kind name.
func (k BranchKind) MarshalJSON() ([]byte, error) { return json.Marshal(k.String()) }

// MarshalJSON writes the source kind name.
func (k SourceKind) MarshalJSON() ([]byte, error) { return json.Marshal(k.String()) }

// MarshalJSON writes the trade slug ("all", "CA-US", "MX-US", "other").
func (t Trade) MarshalJSON() ([]byte, error) { return json.Marshal(t.Slug()) }

// MarshalJSON writes the uses as a list of names.
func (u Use) MarshalJSON() ([]byte, error) {
	s := u.Slugs()
	if s == nil {
		s = []string{}
	}
	return json.Marshal(s)
}

// MarshalJSON writes the method slug ("tv", "nc").
func (m Method) MarshalJSON() ([]byte, error) { return json.Marshal(m.Slug()) }

// MarshalJSON writes the condition kind name.
func (k ConditionKind) MarshalJSON() ([]byte, error) { return json.Marshal(k.String()) }

// MarshalJSON writes the note kind name.
func (k NoteKind) MarshalJSON() ([]byte, error) { return json.Marshal(k.String()) }

// MarshalJSON writes "yes", "no" or "maybe".
func (t Tri) MarshalJSON() ([]byte, error) { return json.Marshal(t.String()) }

// String names the answer.
func (t Tri) String() string {
	switch t {
	case Yes:
		return "yes"
	case Maybe:
		return "maybe"
	}
	return "no"
}

// MarshalJSON writes the outcome name.
func (o Outcome) MarshalJSON() ([]byte, error) { return json.Marshal(o.String()) }
