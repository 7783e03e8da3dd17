import type {} from 'embrace-widgets/vue';
