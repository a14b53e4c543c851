#include "app/forms/fhirpath/FhirPath.h"
