// Excel provides the CustomFunctions global at run time; tests get a faithful stand-in.
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionsError {
  constructor(
    public code: ErrorCode,
    public message?: string,
  ) {}
}

(globalThis as Record<string, unknown>).CustomFunctions = { Error: CustomFunctionsError, ErrorCode };
