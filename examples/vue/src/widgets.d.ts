import type {} from '@embracesexualwellness/widgets/vue';
