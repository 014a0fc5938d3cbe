package workbook

import "github.com/roo-trade/roo/internal/problem"

// Problem is something wrong or doubtful in an input file (see package
// problem, which the reports share).
type Problem = problem.Problem

// Severity says whether a problem stops a good from being evaluated.
type Severity = problem.Severity

// Severities.
const (
	SevError   = problem.SevError
	SevWarning = problem.SevWarning
)

// cellProblem is a problem found while parsing one cell, before the reader
// knows which file, sheet and row it is in.
type cellProblem struct {
	severity Severity
	message  string
	expected string
	hint     string
}

func (e *cellProblem) Error() string { return e.message }

func cellErr(msg, expected, hint string) *cellProblem {
	return &cellProblem{severity: SevError, message: msg, expected: expected, hint: hint}
}

// FileError is a problem that prevents reading a file at all.
type FileError struct {
	Problem
}

func (e *FileError) Error() string { return e.Problem.Error() }

// Hint returns the fix to suggest, for the CLI's "hint:" line.
func (e *FileError) Hint() string { return e.Problem.Hint }
