import type {} from '@embracesexualwellness/widgets/jsx';
